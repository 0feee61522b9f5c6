plansiteSearchLoaded("w/p0/mu",{
"muc":[0,-1,0,-3,0,-5,0,5,0,6,0,-8,0,-11,0,-13,0,-14]
});
