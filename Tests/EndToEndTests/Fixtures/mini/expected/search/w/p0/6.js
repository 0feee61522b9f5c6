plansiteSearchLoaded("w/p0/6",{
"6":[0,14,0,19,0,-22,0,-23]
});
