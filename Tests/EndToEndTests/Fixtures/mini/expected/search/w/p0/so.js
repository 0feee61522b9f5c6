plansiteSearchLoaded("w/p0/so",{
"so":[0,-3,0,-4,0,-6,0,21,0,22,0,25,0,26]
});
