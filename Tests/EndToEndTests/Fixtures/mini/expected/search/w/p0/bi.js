plansiteSearchLoaded("w/p0/bi",{
"binh":[0,21,0,22,0,25,0,26]
});
